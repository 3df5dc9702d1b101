"""What a non-editable install of the project holds: the runtime package with its data files, and
not the build-time tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

from tests.conftest import PROJECT_ROOT

ROOT = PROJECT_ROOT


def test_wheel_holds_the_report_data_and_not_the_gazetteer(tmp_path):
    # a copy of the sources, so no build directory or egg-info of an earlier build takes part
    src = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    for name in ("flows", "gazetteer"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            tmp_path,
            src,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("dyad-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    queries = {p.name for p in (ROOT / "flows" / "report" / "queries").glob("*.sql")}
    assert queries and {f"flows/report/queries/{q}" for q in queries} <= names
    assert "flows/report/report.css" in names
    assert not [n for n in names if n.startswith("gazetteer/")]
    for data in ("roles.csv", "zam.csv", "latin_first_names.txt"):
        assert f"flows/text/people/data/{data}" in names

    # installed from the wheel, away from the source tree, the report still finds its files
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import flows.report as r; from flows.report import data, page; "
            "print(r.__file__); assert data.query('pairs') and page._css()",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == str(site / "flows" / "report" / "__init__.py")
