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
    subprocess.run(
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
        check=False,
    )
