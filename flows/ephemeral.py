"""Prefect's temporary API server, stopped when the run that started it dies.

Without ``PREFECT_API_URL`` a run starts Prefect's ephemeral server as a child process and stops
it at exit. A run killed with SIGKILL never gets to stop it: the orphaned server would keep its
port, the Prefect database, and the run's stdout and stderr (a pipe reading them never ends).
"""

from __future__ import annotations

import os
import subprocess
import sys

# Waits for the run (argv[1]) or the server (argv[2]) to end; if the run ended first, stops the
# server (SIGTERM, then SIGKILL after 5 s). pidfds name the exact processes, never a reused pid.
_WATCHER = """
import os, select, signal, sys
run, server = os.pidfd_open(int(sys.argv[1])), os.pidfd_open(int(sys.argv[2]))
poll = select.poll()
poll.register(run, select.POLLIN)
poll.register(server, select.POLLIN)
ended = {fd for fd, _ in poll.poll()}
if server not in ended:
    signal.pidfd_send_signal(server, signal.SIGTERM)
    if not select.select([server], [], [], 5)[0]:
        signal.pidfd_send_signal(server, signal.SIGKILL)
"""


def stop_ephemeral_server_with_this_process() -> int | None:
    """Start Prefect's ephemeral server now (when no ``PREFECT_API_URL`` is set and ephemeral mode
    is on) with a watcher process that stops it if this process dies without doing so.

    Returns the server's pid, or None when a server is configured, ephemeral mode is off, or the
    platform has no pidfds (Linux 5.3+); the flow then starts the server as usual.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    if not hasattr(os, "pidfd_open"):
        return None
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance Prefect's clients use
    server.start()
    pid = server.server_process.pid
    subprocess.Popen(
        [sys.executable, "-c", _WATCHER, str(os.getpid()), str(pid)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not stopped by the terminal's Ctrl-C before it can act
    )
    return pid
