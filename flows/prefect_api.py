"""The Prefect API a ``dyad run`` reports to: a running server when there is one, otherwise a
temporary server started at once, while the pipeline's modules are still importing.

Prefect needs an API server for every flow run. Left to itself, a process without
PREFECT_API_URL starts an ephemeral server after everything is imported and waits for it
(10-25 s on 2 busy cores: the server process imports ``prefect.server``, checks the database
migrations and starts its services). ``dyad run`` instead uses, in this order:

1. PREFECT_API_URL, from the environment or the active Prefect profile (``prefect config set``),
2. the server ``dyad serve`` is running: it records its API URL in
   ``$PREFECT_HOME/dyad-server.json`` while it runs; the URL is used if ``/health`` answers,
3. a temporary server of its own: the same process Prefect starts for its ephemeral server
   (uvicorn serving ``prefect.server.api.server:create_app`` with the ephemeral set of services,
   no UI), on a free port of 127.0.0.1, with the database of PREFECT_HOME (kept between runs, so
   its migrations run once). It is started before the pipeline is imported, so both overlap,
   and stopped when the run ends.

The URL is exported as PREFECT_API_URL before Prefect is imported. PREFECT_API_URL set only in
a ``prefect.toml`` or ``.env`` file is not read here: set it in the environment or the profile.
Nothing here imports Prefect at module level, so the temporary server starts first thing.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import IO

from flows import serve

RECORD_NAME = "dyad-server.json"
TEMPORARY_SERVER_LOG = "dyad-temporary-server.log"
DEFAULT_STARTUP_TIMEOUT = 120.0  # seconds; PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS wins
HEALTH_TIMEOUT = 2.0  # seconds for a recorded server to answer /health
PORT_ATTEMPTS = 3  # a free port can be taken between choosing it and the server binding it


class ServerStartError(RuntimeError):
    """The temporary Prefect server exited or did not answer in time."""


def prefect_home(env: dict[str, str] | None = None) -> Path:
    """PREFECT_HOME (default ``~/.prefect``) as Prefect resolves it from the environment."""
    env = os.environ if env is None else env
    return Path(env.get("PREFECT_HOME") or "~/.prefect").expanduser()


# ------------------------------------------------------------------ the server of `dyad serve`


def record_path(home: Path | None = None) -> Path:
    return (home or prefect_home()) / RECORD_NAME


def record_server(api_url: str, home: Path | None = None) -> Path:
    """Write ``{"api_url": ..., "pid": ...}`` for ``dyad run`` to find; returns the file."""
    path = record_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"api_url": api_url, "pid": os.getpid()}), encoding="utf-8")
    tmp.replace(path)
    return path


def forget_server(api_url: str, home: Path | None = None, pid: int | None = None) -> None:
    """Remove the record if it still names ``api_url`` and was written by process ``pid`` (this
    process by default): another `dyad serve` may own it now."""
    url, owner = _read_record(home)
    if url == api_url and (owner is None or owner == (pid or os.getpid())):
        record_path(home).unlink(missing_ok=True)


def record_owner(home: Path | None = None) -> int | None:
    """The process id in the record of ``dyad serve``; None if there is none readable."""
    return _read_record(home)[1]


def serving_elsewhere(home: Path | None = None) -> tuple[str, int] | None:
    """``(api_url, pid)`` of another `dyad serve` still running: its record names a live process
    other than this one and a server that answers ``/health``; None otherwise (no record, a stale
    one, this process's own)."""
    url, pid = _read_record(home)
    if url is None or pid is None or pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, another user's
    return (url, pid) if serve.api_is_up(url, timeout=HEALTH_TIMEOUT) else None


def recorded_server(home: Path | None = None) -> str | None:
    """The API URL in the record of ``dyad serve``; None if there is no readable record."""
    return _read_record(home)[0]


def _read_record(home: Path | None = None) -> tuple[str | None, int | None]:
    """``(api_url, pid)`` of the record of ``dyad serve``, each None where the record has no
    usable one (no record, not JSON, an URL that is not http(s), no positive pid)."""
    try:
        data = json.loads(record_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    url, pid = data.get("api_url"), data.get("pid")
    return (
        url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        pid if isinstance(pid, int) and pid > 0 else None,
    )


# ---------------------------------------------------------------------------- configuration


def configured_api_url(env: dict[str, str] | None = None) -> str | None:
    """PREFECT_API_URL from the environment, else from the active profile of
    ``$PREFECT_HOME/profiles.toml`` (or PREFECT_PROFILES_PATH); None if neither sets it. A
    ``prefect.toml`` or ``.env`` file is not read (see the module docstring)."""
    env = os.environ if env is None else env
    if env.get("PREFECT_API_URL"):
        return env["PREFECT_API_URL"]
    path = Path(env.get("PREFECT_PROFILES_PATH") or prefect_home(env) / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = env.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    url = (profiles.get("profiles") or {}).get(active, {}).get("PREFECT_API_URL")
    return url or None


def running_server_url(env: dict[str, str] | None = None) -> str | None:
    """The API to use without starting a server: PREFECT_API_URL, else the server recorded by
    ``dyad serve`` if it answers. None when a temporary server is needed."""
    env = os.environ if env is None else env
    url = configured_api_url(env)
    if url:
        return url
    recorded = recorded_server(prefect_home(env))
    if recorded and serve.api_is_up(recorded, timeout=HEALTH_TIMEOUT):
        return recorded
    return None


# ------------------------------------------------------------------------ temporary server


def startup_timeout(env: dict[str, str] | None = None) -> float:
    env = os.environ if env is None else env
    try:
        return float(env.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or DEFAULT_STARTUP_TIMEOUT)
    except ValueError:
        return DEFAULT_STARTUP_TIMEOUT


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _server_preexec(libc: ctypes.CDLL | None) -> None:
    """In the server process before it execs: default signal dispositions, and (Linux) SIGTERM
    when the process that started it dies, however it dies, so no server outlives its run."""
    serve._default_signals()
    if libc is not None and sys.platform.startswith("linux"):
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class TemporaryServer:
    """A Prefect API server for the length of one run: ``start()`` returns at once,
    ``wait()`` blocks until ``/health`` answers (ServerStartError if the process exits or the
    startup timeout passes), ``stop()`` ends its process group."""

    def __init__(self, home: Path | None = None, log: Path | None = None) -> None:
        self.home = home or prefect_home()
        self.log = log or self.home / TEMPORARY_SERVER_LOG
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None

    @property
    def api_url(self) -> str:
        assert self.port is not None, "not started"
        return serve.api_url_for(self.port)

    def _command(self, port: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            serve.HOST,
            "--port",
            str(port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ]

    def start(self) -> TemporaryServer:
        self.port = serve.free_port()
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        # what Prefect sets for its own ephemeral server: no UI, the ephemeral set of services
        env.update(
            {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        )
        env["PREFECT_HOME"] = str(self.home)
        # a server that lives for one run sends no telemetry (offline it only logs errors)
        env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        self.log.parent.mkdir(parents=True, exist_ok=True)
        libc = _libc()  # loaded here: the child only calls into it
        out: IO = self.log.open("ab")
        try:
            self.proc = subprocess.Popen(
                self._command(self.port),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches the run, which then stops the server
                preexec_fn=lambda: _server_preexec(libc),
            )
        finally:
            out.close()
        return self

    def wait(self, timeout: float | None = None) -> str:
        """Block until the server answers; returns its API URL."""
        timeout = startup_timeout() if timeout is None else timeout
        for attempt in range(PORT_ATTEMPTS):
            try:
                serve.wait_for_api(self.api_url, timeout=timeout, proc=self.proc, interval=0.1)
                return self.api_url
            except RuntimeError as exc:  # exited before answering: its port may have been taken
                self.stop()
                if attempt + 1 == PORT_ATTEMPTS:
                    raise ServerStartError(f"{exc}; see {self.log}") from None
                self.start()
            except TimeoutError as exc:
                self.stop()
                raise ServerStartError(f"{exc}; see {self.log}") from None
        raise AssertionError("unreachable")

    def stop(self) -> None:
        serve.stop_process(self.proc, timeout=10.0)
        self.proc = None


def drain_prefect_clients(timeout: float = 10.0) -> None:
    """Send what Prefect's log and event workers still hold to the API (as Prefect's test
    harness does before it stops its server), so nothing is lost or errors at exit."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(RuntimeError):  # never started in this process
            worker.drain_all(timeout=timeout)


class PrefectApi:
    """Where the flow runs of this process report to (see the module docstring).

    ``PrefectApi.open()`` decides and, if needed, starts a temporary server without waiting for
    it; ``api_url`` is known at once (export it as PREFECT_API_URL before Prefect is imported);
    ``wait()`` blocks until the temporary server answers; ``close()`` hands the logs and events
    still queued in this process to it and stops it. A context manager too.
    """

    def __init__(self, api_url: str, server: TemporaryServer | None = None) -> None:
        self.api_url = api_url
        self.server = server

    @classmethod
    def open(cls) -> PrefectApi:
        url = running_server_url()
        if url:
            return cls(url)
        server = TemporaryServer().start()
        return cls(server.api_url, server)

    @property
    def temporary(self) -> bool:
        return self.server is not None

    def export(self) -> None:
        """Set PREFECT_API_URL for this process (read when Prefect is first imported) and the
        processes it starts."""
        os.environ["PREFECT_API_URL"] = self.api_url

    def wait(self) -> str:
        """The API URL, once it answers (ServerStartError if a temporary server does not)."""
        if self.server is not None:
            url = self.server.wait()
            if url != self.api_url:  # restarted on another port: its first one was taken
                self.api_url = url
                self.export()
        return self.api_url

    def close(self) -> None:
        if self.server is None:
            return
        try:
            if "prefect" in sys.modules and self.server.proc is not None:
                drain_prefect_clients()
        finally:
            self.server.stop()
            self.server = None

    def __enter__(self) -> PrefectApi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
