"""dbt docs for the published warehouse."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from flows.dbt_runner import DBT_DIR, run_dbt
from flows.settings import Settings


def generate_docs(settings: Settings) -> Path:
    """``dbt docs generate`` with the catalog read from a copy of the published warehouse (the
    published file itself is never opened for writing)."""
    published = settings.warehouse_path
    copy = settings.work_dir / "docs.duckdb"
    if settings.on_lake:  # the lake's latest snapshot, exported to a local file
        from flows.lake import export_published, lake_exists

        if not lake_exists(settings):
            raise FileNotFoundError(f"no DuckLake catalog for {settings.lake_catalog}: run `dyad run` first")
        export_published(settings, copy)
    else:
        if not published.exists():
            raise FileNotFoundError(f"no published warehouse at {published}: run `dyad run` first")
        settings.work_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(published, copy)
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
