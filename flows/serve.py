"""``dyad serve``: make the schedules of prefect.yaml fire on this machine.

Schedules never fire on Prefect's ephemeral server, so this

1. starts a Prefect server on 127.0.0.1 (unless PREFECT_API_URL already points at one, or one
   already answers on the default port),
2. creates the process work pool(s) named in prefect.yaml if they are missing,
3. registers every deployment of prefect.yaml (``prefect --no-prompt deploy --all``),
4. starts a process worker for each pool, which runs the scheduled and manually triggered runs,
5. records the server's API URL in ``$PREFECT_HOME/dyad-server.json`` while it runs, so that
   ``dyad run`` reports to this server instead of starting one (flows/prefect_api.py),

and stops what it started on Ctrl-C. Each step is a function of its own so that the deployment
tests drive exactly the same steps against a throwaway server.

Every Prefect command runs as a subprocess of this project's interpreter, so the worker - and
each flow run it starts - uses the project's virtual environment.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import yaml

from flows.settings import PROJECT_ROOT

PREFECT_YAML = PROJECT_ROOT / "prefect.yaml"
DEFAULT_PORT = 4200
HOST = "127.0.0.1"
PROJECT_ROOT_ENV = "DYAD_PROJECT_ROOT"  # read by the pull step of prefect.yaml
WORK_POOL_TYPE = "process"


class PrefectCommandError(RuntimeError):
    """A ``prefect`` command exited with a non-zero status."""


# ----------------------------------------------------------------------------- prefect.yaml


def load_deployments(path: Path = PREFECT_YAML) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["deployments"]


def work_pool_names(path: Path = PREFECT_YAML) -> list[str]:
    """The work pools the deployments of prefect.yaml are registered for, in file order."""
    names = [(spec.get("work_pool") or {}).get("name") for spec in load_deployments(path)]
    return list(dict.fromkeys(n for n in names if n))


# ------------------------------------------------------------------------------- processes


def venv_bin() -> Path:
    """The bin directory of the interpreter running this code (the project's venv)."""
    return Path(sys.executable).parent


def prefect_executable() -> str:
    return str(venv_bin() / "prefect")


def api_url_for(port: int, host: str = HOST) -> str:
    return f"http://{host}:{port}/api"


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def prefect_env(
    api_url: str | None = None,
    home: Path | None = None,
    *,
    base: Mapping[str, str] | None = None,
    isolated: bool = False,
) -> dict[str, str]:
    """Environment for the ``prefect`` subprocesses.

    ``isolated`` drops every inherited PREFECT_* variable first, so a throwaway server and its
    clients see nothing of the user's profile. The project's venv goes first on PATH and the
    pull step of prefect.yaml finds the project through DYAD_PROJECT_ROOT.
    """
    env = dict(os.environ if base is None else base)
    if isolated:
        env = {k: v for k, v in env.items() if not k.startswith("PREFECT_")}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    env.setdefault(PROJECT_ROOT_ENV, str(PROJECT_ROOT))
    env["PATH"] = os.pathsep.join([str(venv_bin()), env.get("PATH", "")])
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    return env


def _default_signals() -> None:
    # A process started in the background by a non-interactive shell inherits SIGINT as
    # "ignored"; Prefect's worker turns SIGTERM into a SIGINT to itself, so it would then never
    # stop gracefully. Children get the default dispositions back.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _popen(args: Sequence[str], env: Mapping[str, str], log: Path | None) -> subprocess.Popen:
    out: IO | int | None = None
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        out = log.open("ab")
    try:
        # A session of its own: Ctrl-C in the terminal reaches only `dyad serve`, which then
        # stops its children in order; stop_process() signals the child's whole group.
        return subprocess.Popen(
            [prefect_executable(), *args],
            cwd=PROJECT_ROOT,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT if out is not None else None,
            start_new_session=True,
            preexec_fn=_default_signals,
        )
    finally:
        if out is not None:
            out.close()  # the child holds its own descriptor


def stop_process(proc: subprocess.Popen | None, timeout: float = 30.0) -> None:
    """SIGTERM the process group of ``proc``, wait, SIGKILL it if it does not exit in time."""
    if proc is None:
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        if proc.poll() is not None:
            break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=wait)
    # Whatever the group leader did, leave nothing of its group behind.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def run_prefect(
    args: Sequence[str],
    env: Mapping[str, str],
    *,
    log: Path | None = None,
    timeout: float = 300.0,
    check: bool = True,
) -> subprocess.CompletedProcess:
    """Run one ``prefect`` command in the project directory; its output is returned (and
    appended to ``log``)."""
    proc = subprocess.run(
        [prefect_executable(), *args],
        cwd=PROJECT_ROOT,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write(f"$ prefect {' '.join(args)}\n{proc.stdout}\n[exit status {proc.returncode}]\n")
    if check and proc.returncode != 0:
        raise PrefectCommandError(
            f"`prefect {' '.join(args)}` exited with status {proc.returncode}:\n{proc.stdout[-4000:]}"
        )
    return proc


# ----------------------------------------------------------------------------------- steps


def start_server(
    port: int = DEFAULT_PORT,
    home: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    log: Path | None = None,
    scheduler: bool = True,
    ui: bool = True,
) -> subprocess.Popen:
    """``prefect server start`` on 127.0.0.1:port, with its database under ``home`` (the
    PREFECT_HOME; default: the user's). Returns at once: use wait_for_api()."""
    env = dict(env if env is not None else prefect_env(home=home))
    env.pop("PREFECT_API_URL", None)  # the server itself must not point at another server
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    args = ["server", "start", "--host", HOST, "--port", str(port)]
    if not scheduler:
        args.append("--no-scheduler")
    if not ui:
        args.append("--no-ui")
    return _popen(args, env, log)


def api_is_up(api_url: str, timeout: float = 2.0) -> bool:
    """True if ``<api_url>/health`` answers 200 within ``timeout`` seconds."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as resp:
            return resp.status == 200
    except OSError:
        return False


def wait_for_api(
    api_url: str,
    timeout: float = 180.0,
    *,
    proc: subprocess.Popen | None = None,
    interval: float = 0.5,
) -> None:
    """Poll ``<api_url>/health`` until it answers; fail early if ``proc`` (the server) exits."""
    deadline = time.monotonic() + timeout
    while True:
        if api_is_up(api_url):
            return
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with status {proc.returncode} before answering")
        if time.monotonic() >= deadline:
            raise TimeoutError(f"Prefect server at {api_url} did not answer within {timeout:.0f}s")
        time.sleep(interval)


@contextmanager
def recorded_server(server_home: Path, run_home: Path, log: Path, timeout: float = 180.0) -> Iterator[str]:
    """A Prefect server of its own on a free port of 127.0.0.1 (database under ``server_home``,
    no scheduler, no UI), recorded in ``run_home`` as ``dyad serve`` records its server, so a
    ``dyad run`` whose PREFECT_HOME is ``run_home`` reports to it. Yields its API URL once it
    answers; stops it (and forgets it) when the block ends. Raises TimeoutError when it does not
    answer within ``timeout`` seconds, RuntimeError when it exits first. For benchmarks and
    tests of the runs `dyad serve` speeds up."""
    from flows.prefect_api import forget_server, record_server

    port = free_port()
    api_url = api_url_for(port)
    server = start_server(
        port,
        server_home,
        env=prefect_env(home=server_home, isolated=True),
        log=log,
        scheduler=False,
        ui=False,
    )
    try:
        wait_for_api(api_url, timeout=timeout, proc=server)
        record_server(api_url, run_home)
        yield api_url
    finally:
        forget_server(api_url, run_home)
        stop_process(server)


def ensure_work_pool(
    name: str, env: Mapping[str, str], *, pool_type: str = WORK_POOL_TYPE, log: Path | None = None
) -> bool:
    """Create the work pool unless it exists (an existing pool is left as it is). True if created."""
    proc = run_prefect(["work-pool", "create", name, "--type", pool_type], env, log=log, check=False)
    if proc.returncode == 0:
        return True
    if "already exists" in proc.stdout:
        return False
    raise PrefectCommandError(
        f"could not create work pool {name!r} (status {proc.returncode}):\n{proc.stdout[-4000:]}"
    )


def deploy_all(
    env: Mapping[str, str], *, prefect_file: Path = PREFECT_YAML, log: Path | None = None
) -> subprocess.CompletedProcess:
    """Register every deployment of prefect.yaml, without prompting."""
    return run_prefect(
        ["--no-prompt", "deploy", "--all", "--prefect-file", str(prefect_file)], env, log=log, timeout=600
    )


def start_worker(
    pool: str,
    env: Mapping[str, str],
    *,
    log: Path | None = None,
    run_once: bool = False,
    limit: int | None = None,
) -> subprocess.Popen:
    """``prefect worker start --pool <pool>``. With ``run_once`` it polls once, waits for the
    runs it picked up to finish, and exits."""
    args = ["worker", "start", "--pool", pool, "--type", WORK_POOL_TYPE]
    if run_once:
        args.append("--run-once")
    if limit is not None:
        args += ["--limit", str(limit)]
    return _popen(args, env, log)


# ------------------------------------------------------------------------------ entry point


def _prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def describe_deployments(path: Path = PREFECT_YAML) -> list[str]:
    lines = []
    for spec in load_deployments(path):
        when = ", ".join(
            f"cron {s['cron']!r} {s.get('timezone') or 'UTC'}" for s in spec.get("schedules") or []
        )
        lines.append(f"  {spec['name']}: {when or 'on demand'}")
    return lines


def serve_all(port: int = DEFAULT_PORT) -> int:
    """Server (unless one is configured or running) -> work pools -> deployments -> workers;
    runs until Ctrl-C (or SIGTERM) or until a worker exits, then stops what it started."""
    from flows.prefect_api import forget_server, record_server, serving_elsewhere

    if (other := serving_elsewhere(_prefect_home())) is not None:
        # a second serve would deploy again, start a second worker and, stopped, remove the
        # first one's record: `dyad run` would then start temporary servers beside it
        print(
            f"dyad serve: another `dyad serve` (pid {other[1]}) is serving {other[0].removesuffix('/api')}"
            " for this PREFECT_HOME; stop it first",
            file=sys.stderr,
            flush=True,
        )
        return 1
    previous_sigterm = signal.signal(signal.SIGTERM, _interrupt)
    server: subprocess.Popen | None = None
    recorded = False
    workers: list[subprocess.Popen] = []
    api_url = os.environ.get("PREFECT_API_URL") or api_url_for(port)
    try:
        if "PREFECT_API_URL" not in os.environ and not api_is_up(api_url):
            log = _prefect_home() / "dyad-server.log"
            print(f"starting a Prefect server on {api_url.removesuffix('/api')} (log: {log}) ...", flush=True)
            server = start_server(port, log=log)
            wait_for_api(api_url, proc=server)
        else:
            wait_for_api(api_url, timeout=30)
        record_server(api_url, _prefect_home())
        recorded = True
        env = prefect_env(api_url)
        pools = work_pool_names()
        if not pools:
            raise RuntimeError(f"no deployment of {PREFECT_YAML} names a work pool")
        for pool in pools:
            if ensure_work_pool(pool, env):
                print(f"created work pool {pool!r}", flush=True)
        print("deploying prefect.yaml ...", flush=True)
        deploy_all(env)
        print("\n".join(describe_deployments()), flush=True)
        workers = [start_worker(pool, env) for pool in pools]
        print(
            f"worker(s) polling {', '.join(pools)}; UI: {api_url.removesuffix('/api')}; Ctrl-C stops",
            flush=True,
        )
        while all(w.poll() is None for w in workers):
            time.sleep(1)
        print("a worker exited; stopping", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        return 0
    except (PrefectCommandError, RuntimeError, TimeoutError) as exc:
        print(f"dyad serve: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        # no second interrupt half way through: each stop escalates to SIGKILL on its own
        previous_sigint = signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if recorded:
            forget_server(api_url, _prefect_home())
        if workers or server:
            print("stopping ...", file=sys.stderr, flush=True)
        for worker in workers:
            stop_process(worker)
        stop_process(server)
        signal.signal(signal.SIGINT, previous_sigint)
        signal.signal(signal.SIGTERM, previous_sigterm)
