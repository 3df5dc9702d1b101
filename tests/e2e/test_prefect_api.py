"""Which Prefect API `dyad run` reports to (flows/prefect_api.py): PREFECT_API_URL, the server
`dyad serve` records, or a temporary server of its own; and that the run then starts no server
when one is there.

The quick tests use a plain HTTP server on 127.0.0.1 that answers /api/health (what the
discovery asks of a Prefect server); the slow ones real Prefect servers and a real `dyad run`.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows import prefect_api, serve
from tests.conftest import PROJECT_ROOT

SERVER_START_TIMEOUT = 240.0
RUN_TIMEOUT = 600.0


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def health_server() -> Iterator[str]:
    """The API URL of an HTTP server whose /api/health answers 200."""
    httpd = http.server.ThreadingHTTPServer((serve.HOST, 0), _Health)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield serve.api_url_for(httpd.server_address[1])
    finally:
        httpd.shutdown()
        httpd.server_close()


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(home)
    env.update(extra)
    return env


# ------------------------------------------------------------------------------ quick tests


def test_environment_url_wins_over_everything(tmp_path: Path, health_server: str) -> None:
    prefect_api.record_server(health_server, tmp_path)
    env = _env(tmp_path, PREFECT_API_URL="http://10.0.0.5:4200/api")
    assert prefect_api.running_server_url(env) == "http://10.0.0.5:4200/api"


def test_profile_url_is_read_from_the_active_profile(tmp_path: Path) -> None:
    (tmp_path / "profiles.toml").write_text(
        'active = "team"\n'
        '[profiles.ephemeral]\nPREFECT_SERVER_ALLOW_EPHEMERAL_MODE = "true"\n'
        '[profiles.team]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n',
        encoding="utf-8",
    )
    assert prefect_api.configured_api_url(_env(tmp_path)) == "http://10.0.0.5:4200/api"
    assert prefect_api.configured_api_url(_env(tmp_path, PREFECT_PROFILE="ephemeral")) is None
    (tmp_path / "profiles.toml").write_text("not [ toml", encoding="utf-8")
    assert prefect_api.configured_api_url(_env(tmp_path)) is None


def test_the_recorded_server_is_used_while_it_answers(tmp_path: Path, health_server: str) -> None:
    env = _env(tmp_path)
    assert prefect_api.running_server_url(env) is None  # nothing recorded
    path = prefect_api.record_server(health_server, tmp_path)
    assert json.loads(path.read_text())["api_url"] == health_server
    assert prefect_api.running_server_url(env) == health_server


def test_a_stale_or_unreadable_record_means_no_server(tmp_path: Path) -> None:
    env = _env(tmp_path)
    dead = serve.api_url_for(serve.free_port())  # nothing listens there
    prefect_api.record_server(dead, tmp_path)
    t0 = time.monotonic()
    assert prefect_api.running_server_url(env) is None
    assert time.monotonic() - t0 < prefect_api.HEALTH_TIMEOUT + 1
    for text in ("{not json", '{"api_url": 42}', '["http://127.0.0.1:1/api"]', '{"api_url": "file:///x"}'):
        prefect_api.record_path(tmp_path).write_text(text, encoding="utf-8")
        assert prefect_api.running_server_url(env) is None, text


def test_forget_removes_only_its_own_record(tmp_path: Path) -> None:
    prefect_api.record_server("http://127.0.0.1:4200/api", tmp_path)
    prefect_api.forget_server("http://127.0.0.1:4300/api", tmp_path)  # another serve's URL
    assert prefect_api.recorded_server(tmp_path) == "http://127.0.0.1:4200/api"
    prefect_api.forget_server("http://127.0.0.1:4200/api", tmp_path)
    assert not prefect_api.record_path(tmp_path).exists()
    prefect_api.forget_server("http://127.0.0.1:4200/api", tmp_path)  # nothing left: no error


def test_forget_leaves_a_record_another_serve_wrote_for_the_same_url(tmp_path: Path) -> None:
    path = prefect_api.record_server("http://127.0.0.1:4200/api", tmp_path)
    path.write_text(json.dumps({"api_url": "http://127.0.0.1:4200/api", "pid": os.getpid() + 1}))
    prefect_api.forget_server("http://127.0.0.1:4200/api", tmp_path)  # the same URL, not its record
    assert prefect_api.recorded_server(tmp_path) == "http://127.0.0.1:4200/api"
    prefect_api.forget_server("http://127.0.0.1:4200/api", tmp_path, pid=os.getpid() + 1)
    assert not path.exists()


def test_a_second_serve_refuses_while_the_first_serves(
    tmp_path: Path, health_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        path = prefect_api.record_server(health_server, tmp_path)
        path.write_text(json.dumps({"api_url": health_server, "pid": other.pid}))
        assert prefect_api.serving_elsewhere(tmp_path) == (health_server, other.pid)
        monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
        assert serve.serve_all(port=serve.free_port()) == 1
        assert f"another `dyad serve` (pid {other.pid})" in capsys.readouterr().err
        assert prefect_api.recorded_server(tmp_path) == health_server  # the first one's record stays
    finally:
        other.kill()
        other.wait()
    # its process gone, the record is stale: no other serve
    assert prefect_api.serving_elsewhere(tmp_path) is None


# ---------------------------------------------------------------------- real servers and runs


def _dyad_run(inbox: Path, warehouse: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        env={**env, "COLUMNS": "200"},
        cwd=PROJECT_ROOT,
        timeout=RUN_TIMEOUT,
    )


def _articles(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*) from marts.articles").fetchone()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_dyad_run_reports_to_the_server_dyad_serve_recorded(tmp_path: Path, inbox: Path) -> None:
    """No server start in the run: its flow run is on the recorded server, and no database
    appears in the run's own PREFECT_HOME (where a temporary server would keep one)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    server_home, run_home = tmp_path / "server-home", tmp_path / "run-home"
    server_home.mkdir()
    run_home.mkdir()
    # recorded as `dyad serve` records its server once it answers
    with serve.recorded_server(
        server_home, run_home, tmp_path / "server.log", SERVER_START_TIMEOUT
    ) as api_url:
        warehouse = tmp_path / "wh" / "dyad.duckdb"
        res = _dyad_run(inbox, warehouse, _env(run_home))
        assert res.returncode == 0, res.stderr[-3000:]
        assert "temporary" not in res.stderr.lower(), res.stderr[-3000:]
        assert "3 / 3" in res.stdout
        assert _articles(warehouse) == 3
        assert not (run_home / "prefect.db").exists(), "the run started a server of its own"

        with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
            runs = client.read_flow_runs()
            assert len(runs) == 1, [(r.name, r.state_type) for r in runs]
            assert client.read_flow(runs[0].flow_id).name == "dyad-pipeline"
            assert runs[0].state.is_completed(), runs[0].state


@pytest.mark.slow
def test_temporary_server_answers_then_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no server, the temporary one: up within the startup timeout, on 127.0.0.1, its
    database in PREFECT_HOME; after close() its port no longer answers and its process is gone."""
    home = tmp_path / "home"
    for k in [
        k
        for k in os.environ
        if k.startswith("PREFECT_") and k != "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
    ]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("PREFECT_HOME", str(home))
    api = prefect_api.PrefectApi.open()
    try:
        assert api.temporary
        assert api.api_url.startswith(f"http://{serve.HOST}:")
        t0 = time.monotonic()
        assert api.wait() == api.api_url
        started = time.monotonic() - t0
        assert serve.api_is_up(api.api_url)
        assert (home / "prefect.db").exists()
        proc = api.server.proc
    finally:
        api.close()
    assert proc.poll() is not None
    assert not serve.api_is_up(api.api_url)
    print(f"temporary server answered after {started:.1f}s")


_PARENT = """
import sys, time
from flows.prefect_api import PrefectApi
api = PrefectApi.open()
api.wait()
print(api.api_url, api.server.proc.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.slow
def test_temporary_server_ends_when_its_run_is_killed(tmp_path: Path) -> None:
    """A run killed with SIGKILL (no cleanup of its own) leaves no server behind."""
    env = _env(tmp_path / "home")
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT], env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        line = parent.stdout.readline().split()  # blocks until the server answered
        assert len(line) == 2, f"parent said {line!r}, exit {parent.poll()}"
        api_url, pid = line[0], int(line[1])
        assert serve.api_is_up(api_url)
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 30
        while serve.api_is_up(api_url, timeout=1) or _alive(pid):
            assert time.monotonic() < deadline, "the temporary server outlived its run by 30 s"
            time.sleep(0.5)
    finally:
        parent.kill()
        parent.wait(timeout=10)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
def test_dyad_serve_records_its_server_while_it_runs(tmp_path: Path) -> None:
    """`dyad serve` (here on a throwaway server given by PREFECT_API_URL, its scheduler off, so
    nothing it deploys can run) writes the record once its server answers, and removes it
    when it stops."""
    server_home, home = tmp_path / "server-home", tmp_path / "home"
    server_home.mkdir()
    port = serve.free_port()
    api_url = serve.api_url_for(port)
    server = serve.start_server(
        port,
        server_home,
        env=serve.prefect_env(home=server_home, isolated=True),
        log=tmp_path / "server.log",
        scheduler=False,
        ui=False,
    )
    dyad_serve = None
    try:
        serve.wait_for_api(api_url, timeout=SERVER_START_TIMEOUT, proc=server)
        env = _env(home, PREFECT_API_URL=api_url, DYAD_PROJECT_ROOT=str(PROJECT_ROOT))
        log = (tmp_path / "serve.log").open("wb")
        dyad_serve = subprocess.Popen(
            [sys.executable, "-m", "flows", "serve"],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + RUN_TIMEOUT
        while prefect_api.recorded_server(home) is None:
            assert dyad_serve.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "dyad serve wrote no record"
            time.sleep(0.5)
        assert prefect_api.recorded_server(home) == api_url
        assert prefect_api.running_server_url(_env(home)) == api_url  # what `dyad run` will use
        dyad_serve.terminate()  # SIGTERM: serve stops its worker and forgets the record
        dyad_serve.wait(timeout=120)
        assert not prefect_api.record_path(home).exists(), (tmp_path / "serve.log").read_text()[-3000:]
    finally:
        serve.stop_process(dyad_serve)
        serve.stop_process(server)
