"""dbt run by hand (`cd dbt_project && dbt build`, the committed profile) builds a development
file and never touches the published warehouse, which only a run replaces (under its lock,
after its audit)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow


def test_dbt_by_hand_builds_the_dev_file_not_the_published_warehouse(seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    project = tmp_path / "project"  # a checkout's layout: dbt_project/ beside warehouse/
    shutil.copytree(
        PROJECT_ROOT / "dbt_project",
        project / "dbt_project",
        ignore=shutil.ignore_patterns("target", "logs", "*.duckdb", "*.duckdb.wal"),
    )
    published = project / "warehouse" / "dyad.duckdb"
    published.parent.mkdir()
    shutil.copy2(wh, published)
    dev = project / "dbt_project" / "dev.duckdb"
    shutil.copy2(wh, dev)  # the documented start: a copy of the published warehouse
    os.utime(dev, (1, 1))
    before = (published.read_bytes(), published.stat().st_mtime_ns)

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DYAD_DBT_DB_PATH", "DBT_TARGET", "DBT_PROFILES_DIR", "DBT_PROJECT_DIR"}
    }
    dbt = Path(sys.executable).with_name("dbt")
    res = subprocess.run(
        [str(dbt), "build", "--select", "+countries"],
        cwd=project / "dbt_project",
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
    assert (published.read_bytes(), published.stat().st_mtime_ns) == before
    assert not published.with_name("dyad.duckdb.wal").exists()
    assert dev.stat().st_mtime_ns > 1_000_000_000, "the build did not write the development file"
