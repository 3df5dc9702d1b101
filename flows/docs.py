"""dbt docs for the published warehouse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows.dbt_runner import DBT_DIR, run_dbt
from flows.settings import Settings


def generate_docs(settings: Settings) -> Path:
    """``dbt docs generate`` with the catalog read from a copy of the published warehouse (the
    published file itself is never opened for writing; a lake's latest snapshot is exported to
    a local file). Raises FileNotFoundError when nothing is published."""
    from flows.warehouses import open_warehouse

    copy = settings.work_dir / "docs.duckdb"
    open_warehouse(settings).copy_published(copy)
    try:
        run_dbt(["docs", "generate"], copy)
    finally:
        copy.unlink(missing_ok=True)
    return DBT_DIR / "target"


def serve_docs(port: int) -> None:
    """``dbt docs serve`` on 127.0.0.1:``port`` until Ctrl-C or SIGTERM; the server never
    outlives this process (Linux: it gets SIGTERM when this process dies, however it dies)."""
    import ctypes
    import signal

    from flows.prefect_api import _libc, _server_preexec
    from flows.serve import stop_process

    libc: ctypes.CDLL | None = _libc()
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("dbt")),
            "docs",
            "serve",
            "--project-dir",
            str(DBT_DIR),
            "--profiles-dir",
            str(DBT_DIR),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--no-browser",
        ],
        start_new_session=True,
        preexec_fn=lambda: _server_preexec(libc),
    )

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        stop_process(proc, timeout=10.0)
